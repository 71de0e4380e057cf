package org.jobmatch.person;

import org.jobmatch.domain.Person;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.web.ApiException;
import org.springframework.stereotype.Service;

/** A person as the current viewer may see them: 404 when unknown, 403 when of another township. */
@Service
public class Persons {

    private final PersonLedger ledger;
    private final CurrentViewer viewer;

    Persons(PersonLedger ledger, CurrentViewer viewer) {
        this.ledger = ledger;
        this.viewer = viewer;
    }

    public Person visible(String id) {
        Person person = ledger.find(id).orElseThrow(() -> ApiException.notFound("person", id));
        viewer.get().checkTownship(person.township());
        return person;
    }
}
