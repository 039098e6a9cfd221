import {
  choice,
  collection,
  email,
  features,
  form,
  hero,
  inbox,
  page,
  phone,
  pictures,
  team,
  testimonials,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const agencyListingsSite: DomainEntry = {
  id: 'agency-listings-site',
  name: 'Real-estate agency website',
  kind: 'site',
  synonyms: [
    'real estate website',
    'estate agency website',
    'realtor website',
    'property website',
    'free valuation',
    'home valuation form',
    'lettings agency website',
    'sell my house page',
    'property agent site',
    'housing agency page',
  ],
  description:
    'A site for an estate or letting agency: services, featured homes, the agents, client reviews and a free valuation request form.',
  collections: [
    collection(
      'valuationRequest',
      'Valuation request',
      'Valuation requests',
      [
        text('name', 'Name', { required: true }),
        email('email', 'Email', { required: true }),
        phone('phone', 'Phone'),
        text('address', 'Property address', { required: true }),
        choice('propertyType', 'Property type', ['Flat', 'Terraced', 'Semi-detached', 'Detached']),
        choice('intent', 'Looking to', ['Sell', 'Let', 'Just curious']),
      ],
      {
        samples: [
          {
            name: 'Paul Adams',
            email: 'paul@example.com',
            address: '7 Willow Close',
            propertyType: 'Semi-detached',
            intent: 'Sell',
          },
          {
            name: 'Nina Roth',
            email: 'nina@example.com',
            phone: '555-0188',
            address: 'Flat 9, Dock Road',
            propertyType: 'Flat',
            intent: 'Let',
          },
        ],
      },
    ),
  ],
  aliases: { valuationRequest: ['valuation', 'valuation request', 'appraisal', 'lead', 'enquiry'] },
  core: ['valuationRequest'],
  pages: [
    page(
      'home',
      'Home',
      hero(
        '{name}',
        'Local agents for {topic}, selling and letting homes across the area for twenty years.',
        { label: 'Book a free valuation', target: 'valuation' },
      ),
      features('How we help', [
        ['Selling', 'Honest pricing, great photos and accompanied viewings.'],
        ['Letting', 'Tenant finding or full management.'],
        ['Moving up', 'One team for selling and buying, so dates line up.'],
      ]),
      pictures('Featured homes', [
        ['12 Elm Row', '3 bed terrace, £325,000'],
        ['Quay Street', '2 bed flat, £210,000'],
        ['Willow Close', '4 bed detached, £495,000'],
      ]),
      testimonials('Reviews', [
        ['Sold in nine days, above asking.', 'The Fields family', 'Sellers'],
        ['They found us great tenants and handle everything.', 'Raj M.', 'Landlord'],
      ]),
    ),
    page(
      'team',
      'Our agents',
      team('Meet the agents', [
        ['Hannah Reid', 'Sales manager'],
        ['Kiran Shah', 'Lettings manager'],
        ['Joe Barnes', 'Valuer'],
      ]),
    ),
    page(
      'valuation',
      'Free valuation',
      form(
        'Book a free valuation',
        'valuationRequest',
        'Request valuation',
        'Thanks, an agent will call you to arrange a visit.',
      ),
    ),
    inbox('valuations', 'Valuation requests', 'valuationRequest', { filters: ['intent', 'propertyType'] }),
  ],
};
