package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrivingLicencesTest {

  @Test
  void readsTheClassesAPersonSaysTheyHold() {
    assertThat(DrivingLicences.held("部队汽车兵退伍，B2驾照，做过保安")).containsExactly("B2");
    assertThat(DrivingLicences.held("开了十多年大货车，Ａ２本")).containsExactly("A2");
    assertThat(DrivingLicences.held("会开车（c1）")).containsExactly("C1");
  }

  @Test
  void aClassNamedAsMissingIsNotHeld() {
    assertThat(DrivingLicences.held("有C1驾照，开过货车，没有B2驾照")).containsExactly("C1");
    assertThat(DrivingLicences.held("做过保洁")).isEmpty();
    assertThat(DrivingLicences.held(null)).isEmpty();
  }

  @Test
  void readsEveryClassAVacancyAccepts() {
    assertThat(DrivingLicences.accepted(List.of("货车司机（A2/B2）", "持A2或B2驾照，有3年以上驾龄")))
        .containsExactly("A2", "B2");
    assertThat(DrivingLicences.accepted(List.of("渣土车司机", "工地渣土运输，夜班多"))).isEmpty();
  }

  @Test
  void doesNotReadModelNumbersOrWordsAsClasses() {
    assertThat(DrivingLicences.accepted(List.of("会用CAD2018", "AB12型号", "B22车间"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} for {1}: {2}")
  @CsvSource({
    "A2, A2, true",
    "A2, B2, true",
    "A1, A3, true",
    "B2, C1, true",
    "B2, A2, false",
    "C1, B2, false",
    "C1, A1, false",
    "A3, B2, false",
  })
  void aClassCoversWhatTheNationalRulesLetItDrive(String held, String accepted, boolean covers) {
    assertThat(DrivingLicences.cover(Set.of(held), Set.of(accepted))).isEqualTo(covers);
  }

  @Test
  void oneHeldClassCoveringOneAcceptedIsEnoughAndNothingNamedIsNoObjection() {
    assertThat(DrivingLicences.cover(Set.of("C1"), Set.of("A2", "C1"))).isTrue();
    assertThat(DrivingLicences.cover(Set.of(), Set.of("A2"))).isTrue();
    assertThat(DrivingLicences.cover(Set.of("C1"), Set.of())).isTrue();
  }
}
