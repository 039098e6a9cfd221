import type { DomainEntry } from '../domain.types.js';
import { clinic } from './health/clinic.js';
import { dentist } from './health/dentist.js';
import { vetClinic } from './health/vet-clinic.js';
import { gym } from './health/gym.js';
import { salon } from './health/salon.js';

/** Practices that see people (or pets) by appointment: clinics, dentists, vets, gyms and salons. */
export const HEALTH_DOMAINS: DomainEntry[] = [clinic, dentist, vetClinic, gym, salon];
