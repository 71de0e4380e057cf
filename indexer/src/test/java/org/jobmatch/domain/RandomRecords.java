package org.jobmatch.domain;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

/**
 * Random persons and vacancies around 三星镇 for property tests, spread over every rule's boundaries, with job texts
 * that share titles, related trades, words or nothing.
 */
public final class RandomRecords {

    private static final String[] JOBS = {"缝纫工", "平车工", "保洁员", "道路保洁", "叉车司机", "仓库管理员", "厨师",
        "帮厨", "中式面点", "普工", "电子厂流水线", "送货司机", "开过大货车", "养老护理员", "护工", "种地", "门卫", "焊工",
        "在服装厂干过", "会用电脑", "送货司机（C1）", "快递分拣", "家政保姆", "有B2驾照", ""};

    private final Random random;
    private final LocalDate today;

    public RandomRecords(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    public Person person(String id) {
        return PersonBuilder.aPerson().id(id).in(township(id), null)
                .born(today.minusYears(16 + random.nextInt(50)).minusDays(random.nextInt(3) - 1))
                .at(near()).groups(random.nextInt(4) == 0 ? Set.of() : Set.of(one(AssistanceGroup.values())))
                .status(one(EmploymentStatus.values()))
                .workModes(random.nextBoolean() ? Set.of() : Set.of(one(WorkMode.values())))
                .maxDistanceKm(3 + random.nextInt(40)).willingToMigrate(random.nextInt(6) == 0)
                .minWage(random.nextBoolean() ? null : 2500 + random.nextInt(30) * 100)
                .skills(one(JOBS)).wishes(one(JOBS)).build();
    }

    public Vacancy vacancy(String id) {
        return VacancyBuilder.aVacancy().id(id).township(township(id)).source(one(VacancySource.values())).at(near())
                .title(JOBS[random.nextInt(JOBS.length - 1)])
                .description(one(JOBS)).employer(employer(random.nextInt(40)))
                .ages(random.nextBoolean() ? null : 16 + random.nextInt(12), random.nextBoolean() ? null : 40 + random.nextInt(25))
                .openings(random.nextInt(4)).wageMax(random.nextBoolean() ? null : 2500 + random.nextInt(40) * 100)
                .workMode(one(WorkMode.values())).accessible(random.nextBoolean())
                .eligibleGroups(random.nextBoolean() ? Set.of() : Set.of(one(AssistanceGroup.values())))
                .validUntil(random.nextBoolean() ? null : today.plusDays(random.nextInt(20) - 10)).build();
    }

    /** Two townships, by id, without drawing from the random sequence. */
    private static String township(String id) {
        return Math.floorMod(id.hashCode(), 3) == 0 ? "三厂街道" : "三星镇";
    }

    /** One employer in eight recruits through the county's organised labour export. */
    private static String employer(int n) {
        return "E" + n + (n % 8 == 0 ? "（劳务协作）" : "");
    }

    private GeoPoint near() {
        return new GeoPoint(31.9 + random.nextDouble() * 0.3, 121.0 + random.nextDouble() * 0.4);
    }

    private <T> T one(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
