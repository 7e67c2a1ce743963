package org.tangier.platform;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;

/**
 * Dates, times and numbers the way a reader of one language writes them (ICU's CLDR data: "31 déc. 1980",
 * "٣١‏/١٢‏/١٩٨٠", "in 3 hr."), in the installation's time zone. One per page render or text (ICU's formats are not
 * thread-safe); pages reach it as {@code #fmt}, plain texts (escalations, e-mails) build one with {@link #of}.
 * Every method takes the temporal types the parts use (Instant, OffsetDateTime, ZonedDateTime, LocalDateTime,
 * LocalDate, java.util.Date) and answers "" for null, so a template needs no null guard.
 */
public final class LocalFormat {

    private static final Duration NOW = Duration.ofSeconds(45);

    private final ULocale locale;
    private final ZoneId zone;
    private final TimeZone icuZone;
    private DateFormat date;
    private DateFormat dateTime;
    private DateFormat time;
    private NumberFormat number;
    private RelativeDateTimeFormatter relative;

    private LocalFormat(Locale locale, ZoneId zone) {
        this.locale = ULocale.forLocale(locale);
        this.zone = zone;
        this.icuZone = TimeZone.getTimeZone(zone.getId());
    }

    public static LocalFormat of(Locale locale, ZoneId zone) {
        return new LocalFormat(locale, zone);
    }

    public Locale locale() {
        return locale.toLocale();
    }

    /** "31 Dec 1980", "31 déc. 1980". */
    public String date(Object value) {
        if (date == null) {
            date = zoned(DateFormat.getDateInstance(DateFormat.MEDIUM, locale));
        }
        return format(date, value);
    }

    /** "31 Dec 2026, 14:05". */
    public String dateTime(Object value) {
        if (dateTime == null) {
            dateTime = zoned(DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale));
        }
        return format(dateTime, value);
    }

    /** "14:05". */
    public String time(Object value) {
        if (time == null) {
            time = zoned(DateFormat.getTimeInstance(DateFormat.SHORT, locale));
        }
        return format(time, value);
    }

    /** How far from now: "in 3 hr.", "2 min. ago", "now"; the unit is the largest that gives at least one. */
    public String relative(Object value) {
        Instant instant = instant(value);
        if (instant == null) {
            return "";
        }
        return relative(Duration.between(Instant.now(), instant));
    }

    /** A signed duration as a relative time ("in 3 hr." for a positive one, "3 hr. ago" for a negative one). */
    public String relative(Duration offset) {
        if (relative == null) {
            relative = RelativeDateTimeFormatter.getInstance(locale, null, RelativeDateTimeFormatter.Style.SHORT,
                    DisplayContext.CAPITALIZATION_NONE);
        }
        long seconds = offset.toSeconds();
        long magnitude = Math.abs(seconds);
        if (magnitude < NOW.toSeconds()) {
            return relative.format(RelativeDateTimeFormatter.Direction.PLAIN, RelativeDateTimeFormatter.AbsoluteUnit.NOW);
        }
        double sign = Math.signum(seconds);
        if (magnitude < 3600) {
            return relative.formatNumeric(sign * Math.max(1, Math.round(magnitude / 60.0)),
                    RelativeDateTimeFormatter.RelativeDateTimeUnit.MINUTE);
        }
        if (magnitude < 48 * 3600) {
            return relative.formatNumeric(sign * Math.round(magnitude / 3600.0),
                    RelativeDateTimeFormatter.RelativeDateTimeUnit.HOUR);
        }
        return relative.formatNumeric(sign * Math.round(magnitude / 86400.0),
                RelativeDateTimeFormatter.RelativeDateTimeUnit.DAY);
    }

    /** A whole or decimal number with the language's digits and separators ("12 345", "١٢٬٣٤٥"). */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        if (number == null) {
            number = NumberFormat.getInstance(locale);
        }
        return number.format(value);
    }

    /** A number with exactly {@code digits} fraction digits (scores: "0.97", "0,97"). */
    public String decimal(Number value, int digits) {
        if (value == null) {
            return "";
        }
        NumberFormat fixed = NumberFormat.getInstance(locale);
        fixed.setMinimumFractionDigits(digits);
        fixed.setMaximumFractionDigits(digits);
        return fixed.format(value);
    }

    /** Items joined the way the language lists them ("FR, ES and IT", "FR وES وIT"), in the order given. */
    public String list(Collection<?> items) {
        return items == null ? "" : ListFormatter.getInstance(locale).format(items);
    }

    /**
     * A value set apart from the text around it (U+2068 first strong isolate ... U+2069 pop directional isolate), for
     * plain texts and message arguments: a Latin name or reference inside an Arabic sentence keeps its order, and so
     * does an Arabic name inside a Latin one. Pages isolate with {@code <bdi>} or {@code dir="auto"} instead.
     */
    public static String isolate(Object value) {
        return value == null ? "" : "\u2068" + value + "\u2069";
    }

    /** The machine form for a {@code <time datetime>} attribute: ISO 8601 with offset. */
    public String iso(Object value) {
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        Instant instant = instant(value);
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private Instant parseDay(String text) {
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private DateFormat zoned(DateFormat format) {
        format.setTimeZone(icuZone);
        return format;
    }

    private String format(DateFormat format, Object value) {
        if (value instanceof String text && !text.isBlank()) {
            // stored as text (an imported date): shown as written when it is not a full ISO date or time
            try {
                value = text.length() == 10 ? LocalDate.parse(text) : Instant.parse(text);
            } catch (DateTimeParseException partial) {
                return text;
            }
        }
        if (value instanceof LocalDate day) {
            // a calendar day has no zone: format it at noon in the zone the format uses, so no offset moves it
            return format.format(Date.from(day.atTime(12, 0).atZone(zone).toInstant()));
        }
        Instant instant = instant(value);
        return instant == null ? "" : format.format(Date.from(instant));
    }

    private Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case LocalDateTime l -> l.atZone(zone).toInstant();
            case LocalDate d -> d.atStartOfDay(zone).toInstant();
            case Date d -> d.toInstant();
            case String s when s.length() == 10 -> parseDay(s);
            case String s when !s.isBlank() -> parseInstant(s);
            case String s -> null;
            default -> throw new IllegalArgumentException("not a date or time: " + value.getClass().getName());
        };
    }
}
