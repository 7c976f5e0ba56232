/**
 * Sizes the campus layout uses to turn megawatts into metres. Each figure names its source or
 * says it is our assumption; the scene is true scale, so these decide what the audience sees.
 */

/** Square metres per acre (exact: 1 acre = 4,046.8564224 m²). */
export const SQUARE_METRES_PER_ACRE = 4046.8564224;

/**
 * Data halls. Abilene: 8 buildings, about 4 million sq ft, 1.2 GW facility (Crusoe press release,
 * 18 Mar 2025, globenewswire.com) → at PUE 1.2, 1,000 MW IT on 4,000,000 sq ft = 4,000 sq ft
 * (371.6 m²) of building per IT MW. A building holds at most 150 MW IT: Abilene's 1.2 GW ÷ 8 is
 * 125 MW IT a building, Crusoe's 2026 Abilene buildings are 336 MW IT each; 150 reproduces
 * Abilene's announced 2 + 6 buildings. Height 20 m and the 2.2 : 1 plan are our assumptions.
 */
export const HALL = {
  squareMetresPerItMW: 371.6,
  maxItMW: 150,
  lengthToWidth: 2.2,
  heightM: 20,
  gapM: 70,
  perRow: 4,
  /** Cooling yard (dry coolers / chillers) along each hall's long side: our assumption. */
  coolingDepthM: 16,
  coolingHeightM: 6,
} as const;

/**
 * Single-axis tracking PV: 6 acres per MWac. NREL/TP-6A20-56290 (Ong et al., 2013) finds a
 * capacity-weighted direct land use of 7.3 acres/MWac with 40% of plants within 6–8; plants
 * built since are denser (Bolinger & Bolinger, IEEE J. Photovoltaics 2022), so we take the low
 * end of NREL's band. The field is drawn in 5 MWac inverter blocks (assumed block size).
 */
export const SOLAR = { acresPerMWac: 6, blockMWac: 5, roadM: 12, panelHeightM: 2.5 } as const;

/**
 * Battery containers: 3.9 MWh each, a Tesla Megapack 2 XL (tesla.com/megapack; Wikipedia "Tesla
 * Megapack"); outline about 8.8 × 1.7 × 2.8 m, placed back to back in rows.
 */
export const BATTERY = { mwhPerContainer: 3.9, lengthM: 8.8, widthM: 1.7, heightM: 2.8, perRow: 24, gapM: 1.2, aisleM: 5 } as const;

/**
 * Substation: one 300 MVA transformer per 300 MW of import limit (a common large power
 * transformer rating; our assumption), on a pad that grows with the limit.
 */
export const SUBSTATION = { mvaPerTransformer: 300, transformerM: [14, 9, 10] as const, padBaseM: 90, padMPerSqrtMW: 3.2 } as const;

/**
 * Transmission towers: height by voltage (our assumption from typical lattice towers: 765 kV
 * ~50 m, 345 kV ~40 m, lower ~30 m), a tower every 350 m, two circuits, line runs 2.5 km out.
 */
export function towerHeightM(voltageKV: number | undefined): number {
  if (voltageKV === undefined) return 40;
  if (voltageKV >= 500) return 50;
  if (voltageKV >= 230) return 40;
  return 30;
}
export const LINE = { spanM: 350, lengthM: 2500, circuitGapM: 60 } as const;

/**
 * One generating unit's enclosure by kind, at a reference unit size; other sizes scale the plan by
 * sqrt(unitMW / referenceMW) and the height by its cube root. Our assumptions from vendor
 * drawings: an LM2500XPRESS package (34 MW) is about 22 × 8 m; a 1.2 GW 2×1 combined cycle block
 * about 200 × 120 m; a 10 MW reciprocating engine bay about 18 × 7 m; 10 MW of fuel-cell servers
 * about 40 × 20 m. Fuel cells have no stack.
 */
export const UNIT_ENCLOSURES = {
  'gas-turbine': { referenceMW: 34, lengthM: 22, widthM: 8, heightM: 10, stackDiameterM: 3, stackHeightM: 22 },
  'combined-cycle': { referenceMW: 1227, lengthM: 200, widthM: 120, heightM: 35, stackDiameterM: 9, stackHeightM: 60 },
  'recip-engine': { referenceMW: 10.3, lengthM: 18, widthM: 7, heightM: 8, stackDiameterM: 1.5, stackHeightM: 16 },
  'fuel-cell': { referenceMW: 10, lengthM: 40, widthM: 20, heightM: 3, stackDiameterM: 0, stackHeightM: 0 },
} as const;
export type UnitKind = keyof typeof UNIT_ENCLOSURES;

/**
 * Heat rejection on the hall roofs, sized from the hall's facility MW (all power drawn ends as
 * heat) with 10% spare units, by rack density: at 40 kW a rack or more the racks are liquid
 * cooled and warm-water adiabatic dry coolers of 1.5 MW each reject the heat; below it air-cooled
 * chillers of 0.9 MW. Unit ratings and the 12 × 2.4 × 2.6 m package are our estimates from
 * vendor data sheets of large dry coolers; racks at `defaultRackKW` when the site gives no density
 * (an estimate for 2025 GPU halls, e.g. 130–140 kW for NVIDIA GB200 NVL72 racks).
 */
export const ROOFTOP = { liquidRackKW: 40, dryCoolerMW: 1.5, chillerMW: 0.9, spareShare: 0.1, lengthM: 12, widthM: 2.4, heightM: 2.6, defaultRackKW: 40 } as const;

/** Switchyard: one line bay per circuit, a gantry 16 m high and 3 breakers; our estimates. */
export const SWITCHYARD = { bayWidthM: 24, gantryHeightM: 16, postM: 1, breakerM: [3, 4, 5] as const } as const;

/**
 * Battery power conversion: one inverter / medium-voltage skid per 4 containers (our estimate
 * from published Megapack site plans), 6 × 2.5 × 3 m, at the end of each group.
 */
export const INVERTER = { containersPerSkid: 4, lengthM: 6, widthM: 2.5, heightM: 3 } as const;

/**
 * Single-axis tracker rows: a 2.3 m chord of modules in portrait on an axis 2.0 m above ground,
 * rows north–south at the engine's ground coverage ratio 0.35 (pv.ts default), so a row every
 * 6.6 m; 60° rotation limit with backtracking, as the engine models them.
 */
export const TRACKER = { chordM: 2.3, axisHeightM: 2.0, groundCoverageRatio: 0.35, maxRotationDeg: 60, endGapM: 8 } as const;

/** Roads (asphalt) and the fence: a ring road inside the fence and one between rows of halls; lights every 70 m. */
export const ROADS = { widthM: 10, insetM: 30, fenceHeightM: 2.4, lightSpacingM: 70, lightPoleM: 10 } as const;
