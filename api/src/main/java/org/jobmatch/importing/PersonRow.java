package org.jobmatch.importing;

import org.jobmatch.domain.Person;

record PersonRow(Person person, boolean locationFromTownship) {
}
