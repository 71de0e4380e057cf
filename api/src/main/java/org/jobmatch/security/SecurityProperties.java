package org.jobmatch.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jobmatch.security.*}. A kiosk device stays signed in for {@code deviceSignIn}; a program's password that
 * passed is checked without bcrypt for {@code rememberPasswords}. Failed logins: {@code loginFreeFailures} per
 * user name and client address, {@code loginFreeFailuresPerUser} per user name from anywhere, before locks start
 * at {@code loginBaseDelay} and double up to {@code loginMaxDelay}.
 */
@Validated
@ConfigurationProperties("jobmatch.security")
record SecurityProperties(@DefaultValue("30d") Duration deviceSignIn,
                          @DefaultValue("10m") Duration rememberPasswords,
                          @DefaultValue("5") @Min(1) int loginFreeFailures,
                          @DefaultValue("20") @Min(1) int loginFreeFailuresPerUser,
                          @DefaultValue("30s") Duration loginBaseDelay,
                          @DefaultValue("15m") Duration loginMaxDelay) {
}
