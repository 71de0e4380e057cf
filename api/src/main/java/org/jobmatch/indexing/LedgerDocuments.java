package org.jobmatch.indexing;

import java.util.Collection;
import java.util.List;

import org.jobmatch.index.IndexKind;
import org.jobmatch.index.IndexOperation;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.vacancy.VacancyLedger;
import org.springframework.stereotype.Component;

/** Turns ledger rows into index writes carrying their ledger versions. */
@Component
class LedgerDocuments {

    private final PersonLedger persons;
    private final VacancyLedger vacancies;
    private final Vocabulary vocabulary;

    LedgerDocuments(PersonLedger persons, VacancyLedger vacancies, Vocabulary vocabulary) {
        this.persons = persons;
        this.vacancies = vacancies;
        this.vocabulary = vocabulary;
    }

    /** Upserts for the rows that exist; rows that are gone are simply absent from the result. */
    List<IndexOperation> upserts(IndexKind kind, Collection<String> ids) {
        var documents = vocabulary.documents();
        if (kind == IndexKind.VACANCY) {
            return vacancies.findVersioned(ids).stream()
                    .map(v -> IndexOperation.upsert(kind, v.vacancy().id(), v.version(), documents.vacancy(v.vacancy())))
                    .toList();
        }
        return persons.findVersioned(ids).stream()
                .map(p -> IndexOperation.upsert(kind, p.person().id(), p.version(), documents.person(p.person())))
                .toList();
    }
}
