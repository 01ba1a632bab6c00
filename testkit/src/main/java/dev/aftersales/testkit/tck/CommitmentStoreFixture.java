package dev.aftersales.testkit.tck;

import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.UnitOfWork;
import java.util.Objects;

/**
 * What an adapter author supplies to the commitment TCK: a fresh, empty store's commitment
 * repository and the unit of work it joins. Each test asks for a new fixture.
 */
public interface CommitmentStoreFixture {

    /**
     * Returns the store's commitment repository.
     *
     * @return the repository, the same instance on every call
     */
    CommitmentRepository commitments();

    /**
     * Returns the store's unit of work.
     *
     * @return the unit of work, the same instance on every call
     */
    UnitOfWork unitOfWork();

    /**
     * Obtains a fixture from its two parts.
     *
     * @param commitments the commitment repository
     * @param unitOfWork  the unit of work it joins
     * @return the fixture
     * @throws NullPointerException if an argument is null
     */
    static CommitmentStoreFixture of(CommitmentRepository commitments, UnitOfWork unitOfWork) {
        Objects.requireNonNull(commitments, "commitments");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        return new CommitmentStoreFixture() {
            @Override
            public CommitmentRepository commitments() {
                return commitments;
            }

            @Override
            public UnitOfWork unitOfWork() {
                return unitOfWork;
            }
        };
    }
}
