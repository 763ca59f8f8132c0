package io.lbaas.it.badinput;

import io.lbaas.it.support.catalogue.Operation;
import io.lbaas.it.support.catalogue.Request;

/**
 * A request of {@code operation} made invalid by one defect: {@code category} sorts it for statistics
 * ("body: port", "path id"…), {@code detail} says exactly what is wrong.
 */
record InvalidRequest(Operation operation, String category, String detail, Request request) {

    @Override
    public String toString() {
        return operation + " with " + detail + ": " + request;
    }
}
