package org.jobmatch.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.BinaryData;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.domain.VacancyBuilder;
import org.jobmatch.index.DocumentWriter;
import org.jobmatch.index.IndexKind;
import org.jobmatch.index.IndexOperation;
import org.jobmatch.vacancy.VacancyLedger;
import org.jobmatch.vacancy.VacancyRowsWritten;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreparedDocumentsTest {

    // never connected: the writer only serialises here
    private final RestClient unused = RestClient.builder(HttpHost.create("http://127.0.0.1:9")).build();
    private final DocumentWriter writer =
            new DocumentWriter(new ElasticsearchClient(new RestClientTransport(unused, new JacksonJsonpMapper())), 1);
    private final Vocabulary vocabulary = new Vocabulary("");
    private final PreparedDocuments prepared = new PreparedDocuments(vocabulary, writer, new IndexProperties(2, 1));

    @AfterEach
    void close() throws Exception {
        prepared.close();
        unused.close();
    }

    @Test
    void handsOutTheWriteBuiltFromExactlyThatRowVersion() {
        prepared.vacanciesWritten(written("V-1", 7));

        assertThat(prepared.take(IndexKind.VACANCY, "V-1", 6)).isEmpty();
        IndexOperation operation = prepared.take(IndexKind.VACANCY, "V-1", 7).orElseThrow();
        assertThat(operation.version()).isEqualTo(7);
        assertThat(operation.document()).isInstanceOf(BinaryData.class);
        assertThat(prepared.take(IndexKind.VACANCY, "V-1", 7)).as("handed out once").isEmpty();
    }

    @Test
    void forgetsWritesBuiltWithAVocabularySinceReloaded() {
        prepared.vacanciesWritten(written("V-1", 7));

        vocabulary.reload();

        assertThat(prepared.take(IndexKind.VACANCY, "V-1", 7)).isEmpty();
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        prepared.vacanciesWritten(written("V-1", 1));
        prepared.vacanciesWritten(written("V-2", 2));
        prepared.vacanciesWritten(written("V-3", 3));

        assertThat(prepared.take(IndexKind.VACANCY, "V-1", 1)).isEmpty();
        assertThat(prepared.take(IndexKind.VACANCY, "V-3", 3)).isPresent();
    }

    private static VacancyRowsWritten written(String id, long version) {
        Vacancy vacancy = VacancyBuilder.aVacancy().id(id).employer("海门缝纫厂").description("招熟练缝纫工")
                .skills("缝纫").openings(2).wages(3000, 4000).build();
        return new VacancyRowsWritten(List.of(new VacancyLedger.Versioned(vacancy, version)));
    }
}
