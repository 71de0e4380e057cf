package org.jobmatch.importing;

import org.jobmatch.domain.Vacancy;

record VacancyRow(Vacancy vacancy, boolean locationFromTownship) {
}
