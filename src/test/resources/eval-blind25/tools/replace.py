import glob
R=[("quenby-milk-price","carrowmeen-potato-price"),("ashcombe-tapestry","quillerton-tapestry"),("wyndle-field","wethercote-field"),("gorsemere-plots-allotment-society","gorsemere-plots-plotholders-society"),
("Dairy co-operative rejects claims it will cut milk price again in spring","Potato co-operative rejects claims it will cut its price again in spring"),
("Dairy co-operative","Potato co-operative"),("cut milk price again in spring","cut its price again in spring"),
("Quenby Vale Dairies","Carrowmeen Potato Marketing"),("buys milk from 312 farms","buys potatoes from 312 farms"),
("by 2.1p a litre on 1 February, to 36.4p","by £11 a tonne on 1 February, to £164"),("2.1p","£11"),("36.4p","£164"),
("further cut of 3p","further cut of £15"),("\"3p\"","\"£15\""),("Parlour Weekly","Ridge & Drill Weekly"),
("a large supermarket contract had been lost","a large crisp contract had been lost"),("large supermarket contract","large crisp contract"),
("Fenmarsh Stores","Fenmarsh Crisps"),("supermarket chain","crisp maker"),("Cows at a member farm","Potatoes being graded at a member farm"),
("fall in cream prices","fall in prices for processing potatoes"),("who milks 140 cows at Polwithen Farm","who grows 140 acres of potatoes at Polwithen Farm"),
("\"140\", \"fact\":\"cows Rowse milks\"","\"140\", \"fact\":\"acres Rowse grows\""),("cows Rowse milks","acres of potatoes Rowse grows"),
("for dairy farmers","for arable farmers"),("cheese plant at Lanreath","grading plant at Lanreath"),("processed 9 million litres","handled 90,000 tonnes"),("9 million litres","90,000 tonnes"),
("Radio Kernow Vale","Radio Trevanion"),("a second supermarket about a cheese contract","a second crisp maker about a contract for baking potatoes"),
("Milk prices move in cycles","Potato prices move in cycles"),
("He expected the spring flush, when cows produce the most milk, to keep prices","He expected the large stocks left in farm stores after last year's harvest to keep prices"),
("spring flush","large stocks left in farm stores"),("How milk prices are set","How potato prices are set"),
("Achterberg","Hartopp"),("Ashcombe","Quillerton"),("Callum","Ruaraidh"),("Penhallow","Tregembo"),("Philippa","Perpetua"),("Saoirse","Ysolde"),
("Sallow Islands","Skelding Islands"),("Tobias","Lucius"),("Wenlow","Brydon"),("Wyndle","Wethercote"),("Ingrid","Hedwig"),("Orchid Street","Sorrel Street"),
("Gorsemere Lane Allotment Society","Gorsemere Lane Plotholders' Society"),("sell the allotments to a supermarket","sell the growing site to a supermarket"),
("Gorsemere Lane allotments","the Gorsemere Lane growing site"),("statutory allotment land","protected growing land"),
("who did not want to be named for fear of losing their redundancy pay","who spoke on the condition that their names be withheld"),
("redundancy","severance"),("What are your rights if you are made redundant?","What are your rights if your job is cut?"),
]
for f in glob.glob('/tmp/blind25/*.txt')+glob.glob('/tmp/blind25/tools/gold_*.py'):
    s=open(f).read()
    for a,b in R: s=s.replace(a,b)
    open(f,'w').write(s)
