package org.jobmatch.kiosk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jobmatch.audit.AuditLog;
import org.jobmatch.domain.IdNumber;
import org.jobmatch.domain.InvalidIdNumberException;
import org.jobmatch.domain.Person;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A kiosk user proves who they are with their full 18-character ID number and the last four digits of their
 * phone. A wrong answer never tells which of the two was wrong, or whether the number is in the ledger at all.
 */
@Service
class Identification {

    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");

    private final KioskIdentities identities;
    private final PersonLedger persons;
    private final KioskGuard guard;
    private final KioskSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    Identification(KioskIdentities identities, PersonLedger persons, KioskGuard guard, KioskSessions sessions,
                   AuditLog audit, Clock clock) {
        this.identities = identities;
        this.persons = persons;
        this.guard = guard;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    record Identified(String token, Person person) {
    }

    Identified identify(String rawIdNumber, String phoneLastFour, String device) {
        String idNumber = idNumber(rawIdNumber);
        if (idNumber == null || phoneLastFour == null || !LAST_FOUR.matcher(phoneLastFour).matches()) {
            throw ApiException.badRequest("invalid-identification", "请输入 18 位身份证号和手机号后四位",
                    "an 18-character resident ID number and the phone's last four digits are needed");
        }
        guard.lockedFor(device, idNumber).ifPresent(wait -> {
            throw new KioskThrottledException(wait);
        });
        Optional<Person> person = identities.personId(idNumber).flatMap(persons::find);
        if (person.isPresent() && person.get().phone() == null) {
            throw guard.told(device).<ApiException>map(KioskThrottledException::new).orElseGet(() ->
                    new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "no-phone-on-record",
                            "台账中没有您的手机号，请向车上的工作人员咨询", "no phone on record: ask the staff"));
        }
        if (person.isEmpty() || !phoneEndsWith(person.get().phone(), phoneLastFour)) {
            throw guard.failed(device, idNumber).<ApiException>map(KioskThrottledException::new)
                    .orElseGet(() -> new ApiException(HttpStatus.UNAUTHORIZED, "identification-failed",
                            "身份证号或手机号后四位不正确，请重新输入", "identification failed"));
        }
        guard.succeeded(idNumber);
        audit.kioskIdentified(person.get().id());
        return new Identified(sessions.open(person.get().id(), device), person.get());
    }

    /** The valid ID number typed, normalised; null for anything else (a ledger number, a typo). */
    private String idNumber(String raw) {
        if (raw == null || raw.strip().length() != 18) {
            return null;
        }
        try {
            return IdNumber.parse(raw.strip().toUpperCase(Locale.ROOT), LocalDate.now(clock)).value();
        } catch (InvalidIdNumberException e) {
            return null;
        }
    }

    static boolean phoneEndsWith(String phone, String lastFour) {
        if (phone == null) {
            return false;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() >= 4 && digits.endsWith(lastFour);
    }
}
