package org.jobmatch.indexing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jobmatch.index.Documents;
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
    private final PreparedDocuments prepared;

    LedgerDocuments(PersonLedger persons, VacancyLedger vacancies, Vocabulary vocabulary, PreparedDocuments prepared) {
        this.persons = persons;
        this.vacancies = vacancies;
        this.vocabulary = vocabulary;
        this.prepared = prepared;
    }

    /**
     * Upserts for these row versions: prepared ahead where an import did so, else built from the rows as
     * they are now; rows that are gone are absent from the result.
     */
    List<IndexOperation> upserts(IndexKind kind, Map<String, Long> versions) {
        List<IndexOperation> operations = new ArrayList<>(versions.size());
        List<String> unprepared = new ArrayList<>();
        versions.forEach((id, version) -> prepared.take(kind, id, version)
                .ifPresentOrElse(operations::add, () -> unprepared.add(id)));
        operations.addAll(upserts(kind, unprepared));
        return operations;
    }

    /** Upserts for the rows that exist; rows that are gone are simply absent from the result. */
    List<IndexOperation> upserts(IndexKind kind, Collection<String> ids) {
        var documents = vocabulary.documents();
        if (kind == IndexKind.VACANCY) {
            return vacancies.findVersioned(ids).stream().map(v -> vacancy(documents, v)).toList();
        }
        return persons.findVersioned(ids).stream().map(p -> person(documents, p)).toList();
    }

    static IndexOperation vacancy(Documents documents, VacancyLedger.Versioned row) {
        return IndexOperation.upsert(IndexKind.VACANCY, row.vacancy().id(), row.version(),
                documents.vacancy(row.vacancy()));
    }

    static IndexOperation person(Documents documents, PersonLedger.Versioned row) {
        return IndexOperation.upsert(IndexKind.PERSON, row.person().id(), row.version(),
                documents.person(row.person()));
    }
}
