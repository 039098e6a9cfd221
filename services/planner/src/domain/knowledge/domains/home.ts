import type { DomainEntry } from '../domain.types.js';
import { plantCare } from './home/plant-care.js';
import { pets } from './home/pets.js';
import { vehicleMaintenance } from './home/vehicle-maintenance.js';
import { homeMaintenance } from './home/home-maintenance.js';
import { garden } from './home/garden.js';
import { beekeeping } from './home/beekeeping.js';
import { smallholding } from './home/smallholding.js';

/** Looking after living and owned things at home: plants, pets, the car, the house, the garden, bees. */
export const HOME_DOMAINS: DomainEntry[] = [
  plantCare,
  pets,
  vehicleMaintenance,
  homeMaintenance,
  garden,
  beekeeping,
  smallholding,
];
