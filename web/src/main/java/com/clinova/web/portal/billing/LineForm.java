package com.clinova.web.portal.billing;

import com.clinova.billing.api.NewLine;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The "add a line" form of a draft: a catalogue service or a free description, price, quantity, discount. */
public class LineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String serviceId;
    private String description;
    private String unitPrice;
    private Integer quantity = 1;
    private String discountPercent;

    /** The line, or the names of the fields that could not be read. */
    NewLine toLine(List<String> unreadable) {
        Optional<BigDecimal> price = Decimals.parse(unitPrice);
        if (!Decimals.isBlank(unitPrice) && price.isEmpty()) {
            unreadable.add("unitPrice");
        }
        Optional<BigDecimal> discount = Decimals.parse(discountPercent);
        if (!Decimals.isBlank(discountPercent) && discount.isEmpty()) {
            unreadable.add("discountPercent");
        }
        UUID service = null;
        if (!Decimals.isBlank(serviceId)) {
            try {
                service = UUID.fromString(serviceId.strip());
            } catch (IllegalArgumentException e) {
                unreadable.add("serviceId");
            }
        }
        return new NewLine(
                service,
                Decimals.isBlank(description) ? null : description,
                price.orElse(null),
                quantity,
                discount.orElse(null));
    }

    static List<String> fields() {
        return new ArrayList<>(List.of("serviceId", "description", "unitPrice", "quantity", "discountPercent"));
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(String unitPrice) {
        this.unitPrice = unitPrice;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(String discountPercent) {
        this.discountPercent = discountPercent;
    }
}
