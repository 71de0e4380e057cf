package org.jobmatch.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Signing in reads the account from the ledger in a servlet filter, before any controller. When the ledger is
 * down there, this hands the failure to {@link ProblemAdvice} too (503 problem), instead of the error page.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the command-line tools
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class LedgerOutageFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver resolver;

    LedgerOutageFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException e) {
            if (!LedgerOutage.isCause(e) || response.isCommitted()
                    || resolver.resolveException(request, response, null, e) == null) {
                throw e;
            }
        }
    }
}
