package org.jobmatch.security;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.jobmatch.attempts.AttemptLimiter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Programs sign in with HTTP Basic on every request; people sign in on the login page and keep a session cookie,
 * and their pages send the CSRF token from the {@code XSRF-TOKEN} cookie back in {@code X-XSRF-TOKEN}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt, and names its scheme
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
                                                AttemptLimiter limiter, SecurityProperties settings) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        var remembered = new RememberedPasswords(passwords, users, settings.rememberPasswords(), Clock.systemUTC());
        return new ProviderManager(new ThrottledLogins(remembered, limiter, settings));
    }

    /** Only a web server has requests to guard: the command-line tools run without one. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain filterChain(HttpSecurity http, ObjectMapper mapper, UserDetailsService users,
                                    AuthenticationManager authentication, JdbcTemplate jdbc,
                                    SecurityProperties settings) throws Exception {
        ProblemResponses problems = new ProblemResponses(mapper);
        CsrfTokenRequestAttributeHandler plainTokens = new CsrfTokenRequestAttributeHandler();
        http.authenticationManager(authentication)
                .authorizeHttpRequests(AccessRules::apply)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form.loginPage(ProblemResponses.LOGIN_PAGE).loginProcessingUrl("/login")
                        .successHandler(new LoginRedirects()).failureHandler(new LoginRedirects()).permitAll())
                .rememberMe(remember -> remember.rememberMeServices(new DeviceRememberMe(
                        new ServiceSecrets(jdbc).get("device-remember-me"), users, settings.deviceSignIn())))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(ProblemResponses.LOGIN_PAGE + "?logout=1"))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(plainTokens)
                        .ignoringRequestMatchers(SecurityConfiguration::isBasic))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterAfter(new AccountRefresh(users), CsrfFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A program's request: it carries its credentials itself, which a cross-site request cannot (the browser never
     * stores Basic credentials for this service, see {@link ProblemResponses}), so it needs no CSRF token.
     */
    static boolean isBasic(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && !"cross-site".equals(request.getHeader("Sec-Fetch-Site"));
    }
}
