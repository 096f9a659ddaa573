package se.arshjulet.centre;

/** The four units of a family centre; each has a unit manager (enhetschef) in the steering group. */
public enum Unit {
  /** Mödrahälsovård / barnmorskemottagning. */
  MHV,
  /** Barnhälsovård / barnavårdscentral. */
  BHV,
  /** Öppen förskola. */
  OF,
  /** Socialtjänst (förebyggande). */
  SOC
}
