package io.lbaas.api.paging;

import io.lbaas.api.error.Arguments;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code page} (from 1), {@code page_size} (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}; 0 means the
 * default, as Scaleway's SDKs may send it) and {@code order_by} of a list call, parsed from the raw query so
 * that a bad value is a 400 naming it.
 */
public record PageRequest(int page, int size, ListOrder order) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest parse(String page, String pageSize, String orderBy, Set<ListOrder> allowed) {
        Arguments arguments = new Arguments();
        int number = integer(arguments, "page", page, 1);
        if (number < 1) {
            arguments.problem("page", Arguments.CONSTRAINT, "must be at least 1");
        }
        int size = integer(arguments, "page_size", pageSize, DEFAULT_SIZE);
        if (size == 0) {
            size = DEFAULT_SIZE;
        } else if (size < 0 || size > MAX_SIZE) {
            arguments.problem("page_size", Arguments.CONSTRAINT, "must be between 1 and " + MAX_SIZE);
        }
        ListOrder order = orderBy == null || orderBy.isEmpty() ? ListOrder.CREATED_AT_ASC
                : ListOrder.fromWire(orderBy).filter(allowed::contains).orElse(null);
        if (order == null) {
            arguments.problem("order_by", Arguments.CONSTRAINT, "must be one of "
                    + allowed.stream().map(ListOrder::wire).collect(Collectors.joining(", ")));
        }
        arguments.throwIfAny();
        return new PageRequest(number, size, order);
    }

    /** This page of a list held in memory. */
    public <T> List<T> slice(List<T> all) {
        int from = (int) Math.min((long) (page - 1) * size, all.size());
        return all.subList(from, Math.min(from + size, all.size()));
    }

    public static Set<ListOrder> allOrders() {
        return EnumSet.allOf(ListOrder.class);
    }

    private static int integer(Arguments arguments, String name, String value, int absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            arguments.problem(name, Arguments.FORMAT, "must be an integer");
            return absent;
        }
    }
}
