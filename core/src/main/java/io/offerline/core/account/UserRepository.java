package io.offerline.core.account;

import java.util.List;
import java.util.Optional;

/** The users of an account; a user id is only ever looked up inside its account. */
public interface UserRepository {

    void save(User user);

    Optional<User> find(String accountId, String userId);

    /** Every user of the account, in no particular order. */
    List<User> list(String accountId);

    void delete(String accountId, String userId);
}
