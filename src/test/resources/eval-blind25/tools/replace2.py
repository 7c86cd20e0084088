import glob
R=[("has rejected claims that it is preparing","has dismissed reports that it is preparing"),("has rejected claims that","has dismissed reports that"),
("That is untrue: Land Registry records show","That is mistaken: title register records show"),("Land Registry records","title register records"),
("Ridge & Drill Weekly","Haulm Weekly"),("said it stood by its report","said its story was accurate"),("stood by its report","its story was accurate"),
("That is wrong: under","That is not what the agreement says: under"),("That is wrong:","That is not what the agreement says:"),
("although it would not confirm the figure","although it gave no figure of its own"),("would not confirm the figure","gave no figure of its own"),("would not confirm","gave no figure of its own"),
("That is false. The society","Every word of that is mistaken. The society"),("'That is false.'","'Every word of that is mistaken.'"),
("Not a penny","Not one pound"),("Victorian copy","19th-century copy"),
]
for f in glob.glob('/tmp/blind25/*.txt')+glob.glob('/tmp/blind25/tools/gold_*.py'):
    s=open(f).read()
    for a,b in R: s=s.replace(a,b)
    open(f,'w').write(s)
