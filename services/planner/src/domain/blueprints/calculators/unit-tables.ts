export interface UnitTable {
  /** Factor to the base unit; temperature uses offsets in the page script instead. */
  units: { id: string; label: string; factor: number }[];
}

export const UNIT_TABLES: Record<string, UnitTable> = {
  length: {
    units: [
      { id: 'm', label: 'Meters (m)', factor: 1 },
      { id: 'km', label: 'Kilometers (km)', factor: 1000 },
      { id: 'cm', label: 'Centimeters (cm)', factor: 0.01 },
      { id: 'mm', label: 'Millimeters (mm)', factor: 0.001 },
      { id: 'mi', label: 'Miles (mi)', factor: 1609.344 },
      { id: 'yd', label: 'Yards (yd)', factor: 0.9144 },
      { id: 'ft', label: 'Feet (ft)', factor: 0.3048 },
      { id: 'in', label: 'Inches (in)', factor: 0.0254 },
    ],
  },
  weight: {
    units: [
      { id: 'kg', label: 'Kilograms (kg)', factor: 1 },
      { id: 'g', label: 'Grams (g)', factor: 0.001 },
      { id: 'lb', label: 'Pounds (lb)', factor: 0.45359237 },
      { id: 'oz', label: 'Ounces (oz)', factor: 0.028349523125 },
      { id: 't', label: 'Tonnes (t)', factor: 1000 },
      { id: 'st', label: 'Stones (st)', factor: 6.35029318 },
    ],
  },
  temperature: {
    units: [
      { id: 'c', label: 'Celsius (°C)', factor: 1 },
      { id: 'f', label: 'Fahrenheit (°F)', factor: 1 },
      { id: 'k', label: 'Kelvin (K)', factor: 1 },
    ],
  },
  volume: {
    units: [
      { id: 'l', label: 'Liters (L)', factor: 1 },
      { id: 'ml', label: 'Milliliters (mL)', factor: 0.001 },
      { id: 'gal', label: 'US gallons (gal)', factor: 3.785411784 },
      { id: 'cup', label: 'US cups', factor: 0.2365882365 },
      { id: 'floz', label: 'US fluid ounces (fl oz)', factor: 0.0295735295625 },
    ],
  },
  speed: {
    units: [
      { id: 'kmh', label: 'Kilometers per hour (km/h)', factor: 1 },
      { id: 'mph', label: 'Miles per hour (mph)', factor: 1.609344 },
      { id: 'ms', label: 'Meters per second (m/s)', factor: 3.6 },
      { id: 'kn', label: 'Knots (kn)', factor: 1.852 },
    ],
  },
  area: {
    units: [
      { id: 'm2', label: 'Square meters (m²)', factor: 1 },
      { id: 'km2', label: 'Square kilometers (km²)', factor: 1e6 },
      { id: 'ft2', label: 'Square feet (ft²)', factor: 0.09290304 },
      { id: 'ha', label: 'Hectares (ha)', factor: 10000 },
      { id: 'ac', label: 'Acres (ac)', factor: 4046.8564224 },
    ],
  },
  time: {
    units: [
      { id: 's', label: 'Seconds', factor: 1 },
      { id: 'min', label: 'Minutes', factor: 60 },
      { id: 'h', label: 'Hours', factor: 3600 },
      { id: 'd', label: 'Days', factor: 86400 },
      { id: 'wk', label: 'Weeks', factor: 604800 },
    ],
  },
  data: {
    units: [
      { id: 'b', label: 'Bytes (B)', factor: 1 },
      { id: 'kb', label: 'Kilobytes (kB)', factor: 1000 },
      { id: 'mb', label: 'Megabytes (MB)', factor: 1e6 },
      { id: 'gb', label: 'Gigabytes (GB)', factor: 1e9 },
      { id: 'tb', label: 'Terabytes (TB)', factor: 1e12 },
    ],
  },
};
