package vn.bienphong.emulation.cluster.domain;

import java.util.List;
import java.util.Optional;

/** Who chairs next when the members elected nobody: the member after the current chair in the rotation order, wrapping round. */
public final class ChairRotation {

    private ChairRotation() {
    }

    public static Optional<String> successor(List<String> rotationOrder, String currentChair) {
        if (rotationOrder.isEmpty()) {
            return Optional.empty();
        }
        int position = rotationOrder.indexOf(currentChair);
        return Optional.of(rotationOrder.get((position + 1) % rotationOrder.size()));
    }
}
