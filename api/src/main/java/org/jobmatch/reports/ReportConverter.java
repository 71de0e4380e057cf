package org.jobmatch.reports;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Path segment to report: {@code warm-heart} to {@link Report#WARM_HEART}; anything else is a bad parameter (400). */
@Component
class ReportConverter implements Converter<String, Report> {

    @Override
    public Report convert(String source) {
        return Report.of(source);
    }
}
