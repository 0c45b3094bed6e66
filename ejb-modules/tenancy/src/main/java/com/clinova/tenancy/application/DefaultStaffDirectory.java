package com.clinova.tenancy.application;

import com.clinova.tenancy.api.StaffAccount;
import com.clinova.tenancy.api.StaffDirectory;
import com.clinova.tenancy.domain.StaffUser;
import com.clinova.tenancy.domain.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads staff accounts; row-level security keeps them to the bound clinic. */
@Stateless
public class DefaultStaffDirectory implements StaffDirectory {

    @Inject
    StaffUserRepository users;

    @Override
    public Optional<StaffAccount> account(UUID id) {
        return users.findById(id).map(DefaultStaffDirectory::toAccount);
    }

    @Override
    public List<StaffAccount> accounts() {
        return users.findAll().stream().map(DefaultStaffDirectory::toAccount).toList();
    }

    private static StaffAccount toAccount(StaffUser user) {
        return new StaffAccount(user.id(), user.username(), user.displayName(), user.roles(), user.active());
    }
}
