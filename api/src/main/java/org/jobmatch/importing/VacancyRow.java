package org.jobmatch.importing;

import org.jobmatch.domain.Vacancy;

/** {@code largeEmployer}: the employer is above the designated size (规模以上企业), an extension the forms count. */
record VacancyRow(Vacancy vacancy, boolean locationFromTownship, boolean largeEmployer) {
}
