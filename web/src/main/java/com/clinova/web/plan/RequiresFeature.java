package com.clinova.web.plan;

import com.clinova.tenancy.api.Feature;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource method (or every method of the resource class) belongs to a feature of the plan:
 * when the clinic's plan or an override leaves it out, {@link FeatureGateFilter} answers 403
 * {@code feature-disabled} naming it, before the method runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresFeature {

    Feature value();
}
