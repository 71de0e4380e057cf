package org.jobmatch.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.domain.Person;
import org.jobmatch.person.PersonLedger;
import org.springframework.stereotype.Component;

/** A chunk's persons as the ledger holds them now. */
@Component
class RunPersons {

    private static final int PAGE = 5000;

    private final PersonLedger persons;

    RunPersons(PersonLedger persons) {
        this.persons = persons;
    }

    /** The persons of {@code ids} still in the ledger, by id. */
    Map<String, Person> byId(List<String> ids) {
        Map<String, Person> byId = new HashMap<>(ids.size() * 2);
        for (int from = 0; from < ids.size(); from += PAGE) {
            persons.findVersioned(ids.subList(from, Math.min(ids.size(), from + PAGE)))
                    .forEach(v -> byId.put(v.person().id(), v.person()));
        }
        return byId;
    }
}
