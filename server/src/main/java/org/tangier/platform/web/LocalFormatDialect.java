package org.tangier.platform.web;

import java.time.ZoneId;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.tangier.platform.LocalFormat;
import org.tangier.platform.PlatformLanguage;

/**
 * Gives every page {@code #fmt}, a {@link LocalFormat} in the page's language: {@code ${#fmt.dateTime(hit.raisedAt)}},
 * {@code ${#fmt.relative(hit.acknowledgeBy)}}, {@code ${#fmt.number(total)}}. Spring Boot adds every dialect bean to
 * Thymeleaf. Times are shown in {@code tangier.web.time-zone} (default: the server's zone).
 */
@Component
class LocalFormatDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "fmt";

    private final ZoneId zone;

    LocalFormatDialect(PlatformLanguage language) {
        super("tangier-format");
        this.zone = language.zone();
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return NAME.equals(name) ? LocalFormat.of(context.getLocale(), zone) : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
