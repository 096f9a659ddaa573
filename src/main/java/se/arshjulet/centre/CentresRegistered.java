package se.arshjulet.centre;

import java.util.List;

/** Published after centres were stored, so that their wheels can start. */
public record CentresRegistered(List<Centre> centres) {
}
