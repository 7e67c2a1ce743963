package org.tangier.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.tangier.platform.Texts;
import tools.jackson.databind.JsonNode;

/**
 * Applies {@link Texts} at the edge, to every text a request brings, before any part sees it: each request body read
 * by a controller (JSON objects and arrays, records, maps, plain text), walked field by field, and every query, form
 * and multipart parameter. A refusal is a 400 naming the field ({@code names[1].full}). The streaming imports read
 * their bodies themselves and apply {@link Texts} per line.
 */
@ControllerAdvice
class TextHygiene extends RequestBodyAdviceAdapter implements HandlerInterceptor {

    /** Deep enough for any request shape the API takes; deeper input is refused by the JSON reader's own limits. */
    private static final int MAX_DEPTH = 64;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        String name = parameter.getParameterName();
        check(body, body instanceof String && name != null ? name : "", 0);
        return body;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            Texts.require("parameter name", parameter.getKey());
            for (String value : parameter.getValue()) {
                Texts.require(parameter.getKey(), value);
            }
        }
        return true;
    }

    static void check(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        switch (value) {
            case String text -> Texts.require(path.isEmpty() ? "body" : path, text);
            case JsonNode node -> checkNode(node, path, depth);
            case Map<?, ?> map -> map.forEach((key, item) -> {
                String field = child(path, String.valueOf(key));
                if (key instanceof String k) {
                    Texts.require(field, k);
                }
                check(item, field, depth + 1);
            });
            case Collection<?> items -> {
                int i = 0;
                for (Object item : items) {
                    check(item, path + "[" + i++ + "]", depth + 1);
                }
            }
            case Object[] items -> {
                for (int i = 0; i < items.length; i++) {
                    check(items[i], path + "[" + i + "]", depth + 1);
                }
            }
            default -> {
                if (value instanceof Record record && record.getClass().getName().startsWith("org.tangier.")) {
                    checkRecord(record, path, depth);
                }
            }
        }
    }

    private static void checkNode(JsonNode node, String path, int depth) {
        if (node.isString()) {
            Texts.require(path.isEmpty() ? "body" : path, node.stringValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String field = child(path, property.getKey());
                Texts.require(field, property.getKey());
                checkNode(property.getValue(), field, depth + 1);
            }
        } else if (node.isArray() && depth < MAX_DEPTH) {
            int i = 0;
            for (JsonNode item : node.values()) {
                checkNode(item, path + "[" + i++ + "]", depth + 1);
            }
        }
    }

    private static void checkRecord(Record record, String path, int depth) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                component.getAccessor().setAccessible(true);
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                continue;
            }
            check(value, child(path, component.getName()), depth + 1);
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
