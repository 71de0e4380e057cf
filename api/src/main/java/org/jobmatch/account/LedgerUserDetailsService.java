package org.jobmatch.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Accounts come from the ledger's {@code users} table. */
@Service
class LedgerUserDetailsService implements UserDetailsService {

    private final AccountStore store;

    LedgerUserDetailsService(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.account(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
