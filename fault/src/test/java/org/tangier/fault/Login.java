package org.tangier.fault;

/**
 * The one place the suite logs in: a demo user's API token from the token endpoint. When logins need a second
 * factor (TOTP), only this class changes (enrol through the API and send the current code).
 */
final class Login {

    private Login() {
    }

    static String token(Api api, String username) {
        Api.Answer answer = api.postJson("/api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}");
        String token = answer.status() == 200 ? answer.field("token") : null;
        if (token == null) {
            throw new IllegalStateException("no token for " + username + ": " + answer.status() + " " + answer.body());
        }
        return token;
    }
}
