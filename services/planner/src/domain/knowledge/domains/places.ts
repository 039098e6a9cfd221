import type { DomainEntry } from '../domain.types.js';
import { events } from './places/events.js';
import { travel } from './places/travel.js';
import { hotel } from './places/hotel.js';
import { carRental } from './places/car-rental.js';
import { venueBookings } from './places/venue-bookings.js';
import { realEstate } from './places/real-estate.js';
import { propertyRental } from './places/property-rental.js';
import { weddingPlanning } from './places/wedding-planning.js';
import { conference } from './places/conference.js';

/** Bookings of places and occasions: trips, rooms, cars, venues, homes, weddings and events. */
export const PLACES_DOMAINS: DomainEntry[] = [
  events,
  travel,
  hotel,
  carRental,
  venueBookings,
  realEstate,
  propertyRental,
  weddingPlanning,
  conference,
];
