package org.jobmatch.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CoverageSchemeTest {

    @Test
    void haimensSchemeNeedsATalkThreeReferralsAndGuidance() {
        CoverageScheme scheme = CoverageScheme.of("HAIMEN_131");

        assertThat(scheme.evaluate(Map.of(ServiceKind.POLICY_TALK, 1, ServiceKind.JOB_REFERRAL, 3,
                ServiceKind.CAREER_GUIDANCE, 1)).status()).isEqualTo(Coverage.Status.COVERED);
        Coverage partly = scheme.evaluate(Map.of(ServiceKind.JOB_REFERRAL, 2));
        assertThat(partly.status()).isEqualTo(Coverage.Status.PARTLY);
        assertThat(partly.missing()).containsExactly("政策宣讲 差 1 次", "推荐岗位 差 1 次", "职业指导 差 1 次");
        assertThat(scheme.evaluate(Map.of(ServiceKind.VISIT, 2)).status()).isEqualTo(Coverage.Status.NOT_COVERED);
    }

    @Test
    void eitherKindMeetsAnItemAndAnItemForThoseWhoWantItIsNotRequired() {
        CoverageScheme scheme = CoverageScheme.of("XINFENG_131");

        assertThat(scheme.evaluate(Map.of(ServiceKind.CAREER_GUIDANCE, 1, ServiceKind.JOB_REFERRAL, 3)).status())
                .isEqualTo(Coverage.Status.COVERED);
    }

    @Test
    void aCountyWritesItsOwnScheme() {
        CoverageScheme scheme = CoverageScheme.of("JOB_REFERRAL:3, TRAINING_REFERRAL|TRAINING:1");

        assertThat(scheme.name()).isEqualTo("CUSTOM");
        assertThat(scheme.items()).hasSize(2);
        assertThatThrownBy(() -> CoverageScheme.of("JOB_REFERRAL")).isInstanceOf(IllegalArgumentException.class);
    }
}
