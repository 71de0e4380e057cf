package org.jobmatch.kiosk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jobmatch.domain.Person;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A kiosk user proves who they are with an ID or ledger number and the last four digits of their phone. The
 * answer never tells which of the two was wrong, or whether the number is in the ledger at all.
 */
@Service
class Identification {

    private static final Pattern IDENTIFIER = Pattern.compile("[0-9X]{1,64}");
    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");

    private final KioskIdentities identities;
    private final PersonLedger persons;
    private final KioskGuard guard;
    private final KioskSessions sessions;
    private final Clock clock;

    Identification(KioskIdentities identities, PersonLedger persons, KioskGuard guard, KioskSessions sessions,
                   Clock clock) {
        this.identities = identities;
        this.persons = persons;
        this.guard = guard;
        this.sessions = sessions;
        this.clock = clock;
    }

    record Identified(String token, Person person) {
    }

    Identified identify(String rawIdentifier, String phoneLastFour, String kiosk) {
        String identifier = rawIdentifier == null ? "" : rawIdentifier.strip().toUpperCase(Locale.ROOT);
        if (!IDENTIFIER.matcher(identifier).matches() || phoneLastFour == null
                || !LAST_FOUR.matcher(phoneLastFour).matches()) {
            throw ApiException.badRequest("invalid-identification", "请输入身份证号（或台账编号）和手机号后四位",
                    "identifier must be digits or X, phone suffix four digits");
        }
        String identity = "identity:" + identifier;
        guard.lockedFor(kiosk, identity).ifPresent(wait -> {
            throw new KioskThrottledException(wait);
        });
        Optional<Person> person = identities.personId(identifier, LocalDate.now(clock)).flatMap(persons::find)
                .filter(p -> phoneEndsWith(p.phone(), phoneLastFour));
        if (person.isEmpty()) {
            throw guard.failed(kiosk, identity).<ApiException>map(KioskThrottledException::new)
                    .orElseGet(() -> new ApiException(HttpStatus.UNAUTHORIZED, "identification-failed",
                            "身份证号（台账编号）或手机号后四位不正确，请重新输入", "identification failed"));
        }
        guard.succeeded(identity);
        return new Identified(sessions.open(person.get().id(), kiosk), person.get());
    }

    static boolean phoneEndsWith(String phone, String lastFour) {
        if (phone == null) {
            return false;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() >= 4 && digits.endsWith(lastFour);
    }
}
