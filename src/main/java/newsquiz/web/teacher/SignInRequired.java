package newsquiz.web.teacher;

/** A teacher route was asked for without a teacher session: pages go to the sign-in form, the rest get 401. */
final class SignInRequired extends RuntimeException {
    SignInRequired() {
        super("sign in required", null, false, false);
    }
}
