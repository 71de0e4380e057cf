package org.jobmatch.referral;

/** What became of a referral: still open, invited to an interview (e.g. at a job fair), placed, declined. */
public enum ReferralOutcome {
    PENDING, INVITED, PLACED, DECLINED
}
