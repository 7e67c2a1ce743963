package org.tangier.agencies.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The browser login form's first step: username and password, through {@link Credentials}. */
@Component
class PasswordLoginProvider implements AuthenticationProvider {

    private final Credentials credentials;

    PasswordLoginProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        UserAccount user = credentials.checkPassword(username, password, "browser");
        return new PasswordAccepted(user);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The password is right; what the session may do next depends on the second factor. */
    static final class PasswordAccepted extends CallerAuthentication {
        private final transient UserAccount user;

        PasswordAccepted(UserAccount user) {
            super(user.asCaller(), Authorities.only(Authorities.PENDING_CODE));
            this.user = user;
        }

        UserAccount user() {
            return user;
        }
    }
}
