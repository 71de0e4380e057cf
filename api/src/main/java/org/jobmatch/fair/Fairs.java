package org.jobmatch.fair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jobmatch.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes fairs, checking that what the operator names is in the ledger. */
@Service
class Fairs {

    private final FairStore store;
    private final FairCatalog catalog;
    private final Clock clock;

    Fairs(FairStore store, FairCatalog catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    Fair create(FairRequest request) {
        long id = store.create(request, vacancyIds(request));
        return store.find(id).orElseThrow(() -> Fair.notFound(id));
    }

    @Transactional
    Fair replace(long id, FairRequest request) {
        if (!store.replace(id, request, vacancyIds(request))) {
            throw Fair.notFound(id);
        }
        return store.find(id).orElseThrow(() -> Fair.notFound(id));
    }

    private Set<String> vacancyIds(FairRequest request) {
        Set<String> ids = new TreeSet<>(request.vacancyIds());
        Set<String> existing = catalog.existing(ids);
        List<String> unknown = ids.stream().filter(id -> !existing.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown-vacancies", "以下岗位编号不存在: " + String.join("、", unknown),
                    "unknown vacancies: " + unknown);
        }
        Map<String, List<String>> byEmployer = catalog.openVacanciesOf(request.employers(), LocalDate.now(clock));
        List<String> without = request.employers().stream().filter(e -> !byEmployer.containsKey(e)).toList();
        if (!without.isEmpty()) {
            throw ApiException.badRequest("unknown-employers", "以下单位没有在招岗位: " + String.join("、", without),
                    "employers without open vacancies: " + without);
        }
        byEmployer.values().forEach(ids::addAll);
        if (ids.isEmpty()) {
            throw ApiException.badRequest("no-vacancies", "请至少选择一个岗位或一个单位", "a fair needs vacancies");
        }
        return ids;
    }
}
