package org.jobmatch.referral;

/** Where a referral was made: at the service counter, by a county batch run, at a job fair, at the kiosk. */
public enum ReferralChannel {
    COUNTER, BATCH, FAIR, KIOSK
}
