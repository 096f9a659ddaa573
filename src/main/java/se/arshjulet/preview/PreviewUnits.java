package se.arshjulet.preview;

import java.util.Arrays;
import java.util.List;
import se.arshjulet.centre.Unit;

/** The {@code units} bean of the preview engine: the fictitious centre has all four units. */
public class PreviewUnits {

  public List<String> of(String centreId) {
    return Arrays.stream(Unit.values()).map(Unit::name).toList();
  }
}
