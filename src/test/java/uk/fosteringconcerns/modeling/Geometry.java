package uk.fosteringconcerns.modeling;

/** Rectangles of diagram shapes (BPMN or DMN bounds). */
record Geometry(double x, double y, double width, double height) {

  boolean hasArea() {
    return width > 0 && height > 0;
  }

  /** True when the interiors intersect; shapes that only touch do not overlap. */
  boolean overlaps(Geometry other) {
    return x < other.x + other.width && other.x < x + width
        && y < other.y + other.height && other.y < y + height;
  }

  boolean contains(Geometry other) {
    return other.x >= x && other.y >= y
        && other.x + other.width <= x + width && other.y + other.height <= y + height;
  }

  @Override
  public String toString() {
    return String.format("[x=%.0f y=%.0f w=%.0f h=%.0f]", x, y, width, height);
  }
}
