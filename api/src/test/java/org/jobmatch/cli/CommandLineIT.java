package org.jobmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobmatch.JobmatchApplication;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The jar's commands start the application without a web server (as {@code java -jar jobmatch.jar import ...}
 * does), here against the servers the test service runs on.
 */
@ServiceIT
class CommandLineIT {

    private static final Path SHEETS = Path.of("src/test/resources/spreadsheets");

    @Autowired
    Environment service;
    @Autowired
    Ledger ledger;

    @Test
    void importsAFileFromTheCommandLine() {
        ledger.clear();

        int exit = run("import", "persons", Ledger.CONTRACT_EXAMPLES.resolve("persons.ndjson").toString());

        assertThat(exit).isZero();
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM persons", Integer.class)).isEqualTo(6);
    }

    /** The same sheets as the page imports (SheetImportIT), the same ledger as their NDJSON twins. */
    @ParameterizedTest
    @CsvSource({"persons, 人员台账-三星镇.xlsx", "persons, 人员台账-旧版.xls", "persons, 人员台账-WPS.csv",
        "vacancies, 岗位信息表.xlsx"})
    void importsASpreadsheetAsItsNdjsonTwin(String kind, String file) throws Exception {
        ledger.clear();
        assertThat(run("import", kind, SHEETS.resolve(kind + "-twin.ndjson").toString())).isZero();
        List<Map<String, Object>> twin = ledger.rows(kind, "id");
        ledger.clear();
        Path rejected = Files.createTempDirectory("jobmatch-cli-").resolve("rejected.xlsx");

        assertThat(run("import", kind, SHEETS.resolve(file).toString(), "--preview", "--rejected",
                rejected.toString())).isZero();
        assertThat(ledger.rows(kind, "id")).as("a preview stores nothing").isEmpty();
        int exit = run("import", kind, SHEETS.resolve(file).toString(), "--rejected", rejected.toString());

        assertThat(exit).isZero();
        assertThat(ledger.rows(kind, "id")).isEqualTo(twin);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(rejected))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(kind.equals("persons") ? 4 : 2);
        }
    }

    private int run(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JobmatchApplication.class)
                .properties(CommandLaunch.EXIT + "=false", "jobmatch.data-dir=target/cli-data",
                        "spring.datasource.url=" + service.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + service.getProperty("spring.datasource.username", ""),
                        "spring.datasource.password=" + service.getProperty("spring.datasource.password", ""),
                        "spring.elasticsearch.uris=" + service.getProperty("spring.elasticsearch.uris"))
                .run(args)) {
            return SpringApplication.exit(context);
        }
    }
}
