import {
  $,
  asc,
  average,
  board,
  bool,
  calendar,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  daysBetween,
  desc,
  div,
  eq,
  gallery,
  gte,
  image,
  longtext,
  lt,
  money,
  num,
  page,
  ref,
  rollup,
  stats,
  table,
  text,
  today,
  total,
  url,
  val,
  yearsSince,
} from '../domain-builders.js';
import type { DomainEntry } from '../domain.types.js';

/** Looking after living and owned things at home: plants, pets, the car, the house, the garden, bees. */
export const HOME_DOMAINS: DomainEntry[] = [
  {
    id: 'plant-care',
    name: 'Plant care',
    kind: 'data',
    synonyms: [
      'plant care',
      'houseplants',
      'watering schedule',
      'plant tracker',
      'water my plants',
      'indoor plants',
      'plant collection',
      'plant journal',
      'succulents',
      'repotting',
    ],
    description:
      'Keep houseplants with their light needs and how often to water them, and see which ones need water today.',
    collections: [
      collection(
        'plant',
        'Plant',
        'Plants',
        [
          text('name', 'Name', { required: true }),
          text('species', 'Species'),
          text('room', 'Room'),
          choice('light', 'Light', ['Low', 'Medium', 'Bright indirect', 'Full sun']),
          num('waterEvery', 'Water every', { required: true, min: 1, max: 60, unit: 'days', default: 7 }),
          date('lastWatered', 'Last watered'),
          image('photo', 'Photo'),
          computed(
            'needsWater',
            'Needs water',
            'boolean',
            gte(daysBetween($('lastWatered'), today), $('waterEvery')),
          ),
          computed('daysSinceWatered', 'Days since watered', 'number', daysBetween($('lastWatered'), today), {
            unit: 'days',
          }),
        ],
        {
          samples: [
            {
              name: 'Monty',
              species: 'Monstera deliciosa',
              room: 'Living room',
              light: 'Bright indirect',
              waterEvery: 7,
              lastWatered: '2026-11-24',
            },
            {
              name: 'Spike',
              species: 'Snake plant',
              room: 'Bedroom',
              light: 'Low',
              waterEvery: 21,
              lastWatered: '2026-11-20',
            },
            {
              name: 'Basil',
              species: 'Sweet basil',
              room: 'Kitchen',
              light: 'Full sun',
              waterEvery: 2,
              lastWatered: '2026-12-01',
            },
          ],
        },
      ),
      collection(
        'careLog',
        'Care log',
        'Care log',
        [
          ref('plant', 'Plant', 'plant', { required: true }),
          date('date', 'Date', { required: true, default: 'today' }),
          choice('task', 'Task', ['Watered', 'Fed', 'Repotted', 'Pruned', 'Treated pests'], {
            required: true,
          }),
          text('note', 'Note'),
        ],
        {
          titleField: 'plant',
          samples: [
            { plant: 'Monty', date: '2026-11-24', task: 'Watered' },
            { plant: 'Spike', date: '2026-10-02', task: 'Repotted', note: 'Moved to 20 cm pot' },
          ],
        },
      ),
    ],
    aliases: {
      plant: ['plant', 'houseplant', 'succulent', 'cactus'],
      careLog: ['care log', 'watering', 'task', 'log entry'],
    },
    core: ['plant'],
    pages: [
      page(
        'plants',
        'Plants',
        stats(count('Plants', 'plant'), count('Need water', 'plant', { where: $('needsWater') })),
        gallery('plant', 'photo', {
          search: true,
          filters: ['light', 'needsWater'],
          actions: [{ label: 'Watered today', set: { lastWatered: 'today' } }],
        }),
      ),
      page('care-log', 'Care log', table('careLog', { filters: ['plant', 'task'], sort: desc('date') })),
    ],
  },
  {
    id: 'pets',
    name: 'Pet care',
    kind: 'data',
    synonyms: [
      'pet care',
      'my pets',
      'pet tracker',
      'dog care',
      'cat care',
      'pet health records',
      'pet feeding schedule',
      'puppy',
      'dog walks',
      'pet medication',
    ],
    description:
      'Keep your pets\u2019 details, vet visits, vaccinations and medicines, and the walks, feeds and weights you log.',
    collections: [
      collection(
        'pet',
        'Pet',
        'Pets',
        [
          text('name', 'Name', { required: true }),
          choice('species', 'Species', ['Dog', 'Cat', 'Rabbit', 'Guinea pig', 'Bird', 'Fish', 'Reptile']),
          text('breed', 'Breed'),
          date('birthDate', 'Birthday'),
          computed('age', 'Age', 'number', yearsSince('birthDate'), { unit: 'years' }),
          text('microchip', 'Microchip number'),
          image('photo', 'Photo'),
        ],
        {
          samples: [
            { name: 'Pepper', species: 'Dog', breed: 'Border collie', birthDate: '2021-05-18' },
            { name: 'Tofu', species: 'Cat', breed: 'Ragdoll', birthDate: '2024-02-02' },
          ],
        },
      ),
      collection(
        'careEvent',
        'Care event',
        'Care events',
        [
          ref('pet', 'Pet', 'pet', { required: true }),
          choice('kind', 'Kind', ['Vet visit', 'Vaccination', 'Medicine', 'Grooming', 'Walk', 'Weigh-in'], {
            required: true,
          }),
          date('date', 'Date', { required: true, default: 'today' }),
          date('nextDue', 'Next due'),
          num('weight', 'Weight', { min: 0, unit: 'kg' }),
          money('cost', 'Cost', { min: 0 }),
          text('note', 'Note'),
        ],
        {
          titleField: 'kind',
          samples: [
            { pet: 'Pepper', kind: 'Vaccination', date: '2026-05-20', nextDue: '2027-05-20', cost: 55 },
            { pet: 'Tofu', kind: 'Weigh-in', date: '2026-11-28', weight: 4.6 },
          ],
        },
      ),
    ],
    aliases: {
      pet: ['pet', 'dog', 'cat', 'animal'],
      careEvent: ['care event', 'vet visit', 'vaccination', 'walk', 'medicine'],
    },
    core: ['pet', 'careEvent'],
    pages: [
      page('pets', 'Pets', gallery('pet', 'photo')),
      page(
        'care',
        'Care',
        stats(
          count('Due this month', 'careEvent', { period: { field: 'nextDue', within: 'month' } }),
          total('Spent this year', 'careEvent', 'cost', { period: { field: 'date', within: 'year' } }),
        ),
        calendar('careEvent', 'date', { filters: ['pet', 'kind'] }),
      ),
      page(
        'history',
        'History',
        table('careEvent', { filters: ['pet', 'kind'], sort: desc('date'), totals: ['cost'] }),
        chart('Weight over time', 'careEvent', 'line', 'average', 'date', 'weight'),
      ),
    ],
  },
  {
    id: 'vehicle-maintenance',
    name: 'Vehicle maintenance',
    kind: 'data',
    synonyms: [
      'vehicle maintenance',
      'car maintenance',
      'car service log',
      'fuel log',
      'fuel economy',
      'oil changes',
      'mpg tracker',
      'motorbike maintenance',
      'car expenses',
      'mot reminder',
    ],
    description:
      'Keep your cars or bikes with their services and repairs, the fuel you buy and what it all costs, with the next service due.',
    collections: [
      collection(
        'vehicle',
        'Vehicle',
        'Vehicles',
        [
          text('name', 'Vehicle', { required: true }),
          text('registration', 'Registration'),
          num('year', 'Year', { min: 1900, max: 2100 }),
          num('odometer', 'Odometer', { min: 0, unit: 'km' }),
          date('nextServiceDue', 'Next service due'),
          computed('serviceOverdue', 'Service overdue', 'boolean', lt($('nextServiceDue'), today)),
          computed(
            'spentThisYear',
            'Spent on services this year',
            'money',
            rollup('service', 'sum', {
              field: 'cost',
              via: 'vehicle',
              period: { field: 'date', within: 'year' },
            }),
          ),
        ],
        {
          samples: [
            {
              name: 'Family Skoda',
              registration: 'FS19 KDA',
              year: 2019,
              odometer: 68400,
              nextServiceDue: '2027-02-01',
            },
            {
              name: 'Honda CB500',
              registration: 'HB21 MTR',
              year: 2021,
              odometer: 9100,
              nextServiceDue: '2026-11-15',
            },
          ],
        },
      ),
      collection(
        'service',
        'Service',
        'Services',
        [
          ref('vehicle', 'Vehicle', 'vehicle', { required: true }),
          date('date', 'Date', { required: true, default: 'today' }),
          choice('kind', 'Work', ['Service', 'Oil change', 'Tyres', 'Brakes', 'Inspection', 'Repair'], {
            required: true,
          }),
          num('odometer', 'Odometer', { min: 0, unit: 'km' }),
          text('garage', 'Garage'),
          money('cost', 'Cost', { min: 0 }),
        ],
        {
          titleField: 'kind',
          samples: [
            {
              vehicle: 'Family Skoda',
              date: '2026-02-03',
              kind: 'Service',
              odometer: 61200,
              garage: 'Town Motors',
              cost: 240,
            },
            {
              vehicle: 'Honda CB500',
              date: '2026-06-10',
              kind: 'Tyres',
              odometer: 7800,
              garage: 'Bike Hub',
              cost: 210,
            },
          ],
        },
      ),
      collection(
        'fuel',
        'Fuel',
        'Fuel',
        [
          ref('vehicle', 'Vehicle', 'vehicle', { required: true }),
          date('date', 'Date', { required: true, default: 'today' }),
          num('litres', 'Litres', { required: true, min: 0 }),
          money('cost', 'Cost', { required: true, min: 0 }),
          num('odometer', 'Odometer', { min: 0, unit: 'km' }),
          computed('pricePerLitre', 'Price per litre', 'money', div($('cost'), $('litres'))),
        ],
        {
          titleField: 'date',
          samples: [
            { vehicle: 'Family Skoda', date: '2026-11-26', litres: 42, cost: 61.7, odometer: 68400 },
            { vehicle: 'Honda CB500', date: '2026-11-20', litres: 12, cost: 17.9, odometer: 9100 },
          ],
        },
      ),
    ],
    aliases: {
      vehicle: ['vehicle', 'car', 'motorbike', 'bike', 'van'],
      service: ['service', 'repair', 'maintenance', 'oil change'],
      fuel: ['fuel', 'fill-up', 'refuel', 'petrol', 'gas'],
    },
    core: ['vehicle', 'service', 'fuel'],
    pages: [
      page(
        'overview',
        'Overview',
        stats(
          count('Service overdue', 'vehicle', { where: $('serviceOverdue') }),
          total('Fuel this month', 'fuel', 'cost', { period: { field: 'date', within: 'month' } }),
          total('Services this year', 'service', 'cost', { period: { field: 'date', within: 'year' } }),
        ),
        chart('Fuel spend by month', 'fuel', 'bar', 'sum', 'date', 'cost'),
      ),
      page('vehicles', 'Vehicles', cards('vehicle')),
      page(
        'services',
        'Services',
        table('service', { filters: ['vehicle', 'kind'], sort: desc('date'), totals: ['cost'] }),
      ),
      page(
        'fuel',
        'Fuel',
        table('fuel', { filters: ['vehicle'], sort: desc('date'), totals: ['litres', 'cost'] }),
      ),
    ],
  },
  {
    id: 'home-maintenance',
    name: 'Home maintenance',
    kind: 'data',
    synonyms: [
      'home maintenance',
      'house maintenance',
      'home repairs',
      'household chores',
      'chore chart',
      'home inventory',
      'appliance warranties',
      'diy projects',
      'renovation tracker',
      'house jobs',
    ],
    description:
      'Keep recurring jobs around the house with when each was last done and is next due, and the appliances with warranties and manuals.',
    collections: [
      collection(
        'chore',
        'Job',
        'Jobs',
        [
          text('name', 'Job', { required: true }),
          choice('area', 'Area', ['Kitchen', 'Bathroom', 'Garden', 'Heating', 'Outside', 'Whole house']),
          num('everyDays', 'Every', { min: 1, max: 730, unit: 'days' }),
          date('lastDone', 'Last done'),
          text('assignee', 'Who'),
          money('cost', 'Typical cost', { min: 0 }),
          computed('due', 'Due', 'boolean', gte(daysBetween($('lastDone'), today), $('everyDays'))),
        ],
        {
          samples: [
            { name: 'Boiler service', area: 'Heating', everyDays: 365, lastDone: '2025-11-10', cost: 90 },
            {
              name: 'Clean gutters',
              area: 'Outside',
              everyDays: 180,
              lastDone: '2026-09-01',
              assignee: 'Sam',
            },
            {
              name: 'Descale kettle',
              area: 'Kitchen',
              everyDays: 30,
              lastDone: '2026-11-25',
              assignee: 'Alex',
            },
          ],
        },
      ),
      collection(
        'appliance',
        'Appliance',
        'Appliances',
        [
          text('name', 'Appliance', { required: true }),
          text('brand', 'Brand and model'),
          date('purchased', 'Bought on'),
          date('warrantyEnds', 'Warranty ends'),
          url('manual', 'Manual link'),
          computed('underWarranty', 'Under warranty', 'boolean', gte($('warrantyEnds'), today)),
        ],
        {
          samples: [
            {
              name: 'Washing machine',
              brand: 'Bosch Series 6',
              purchased: '2024-03-15',
              warrantyEnds: '2027-03-15',
            },
            { name: 'Fridge freezer', brand: 'Beko', purchased: '2021-07-01', warrantyEnds: '2023-07-01' },
          ],
        },
      ),
    ],
    aliases: {
      chore: ['job', 'chore', 'task', 'repair', 'maintenance task'],
      appliance: ['appliance', 'device', 'warranty'],
    },
    core: ['chore'],
    pages: [
      page(
        'jobs',
        'Jobs',
        stats(count('Due now', 'chore', { where: $('due') }), count('Jobs', 'chore')),
        table('chore', {
          filters: ['area', 'due'],
          sort: asc('lastDone'),
          actions: [{ label: 'Done today', set: { lastDone: 'today' } }],
        }),
      ),
      page('appliances', 'Appliances', cards('appliance', { filters: ['underWarranty'] })),
    ],
  },
  {
    id: 'garden',
    name: 'Garden planner',
    kind: 'data',
    synonyms: [
      'garden',
      'garden planner',
      'vegetable garden',
      'allotment',
      'planting calendar',
      'seed sowing',
      'harvest log',
      'veg patch',
      'raised beds',
      'grow your own',
      'seed inventory',
    ],
    description:
      'Plan what grows in which bed, when it was sown and should be harvested, and log the harvests by weight.',
    collections: [
      collection(
        'bed',
        'Bed',
        'Beds',
        [
          text('name', 'Bed', { required: true }),
          num('area', 'Area', { min: 0, unit: 'm²' }),
          choice('sun', 'Sun', ['Full sun', 'Part shade', 'Shade']),
          text('soil', 'Soil'),
        ],
        {
          samples: [
            { name: 'Raised bed 1', area: 2.4, sun: 'Full sun', soil: 'Compost mix' },
            { name: 'Greenhouse', area: 6, sun: 'Full sun' },
          ],
        },
      ),
      collection(
        'crop',
        'Crop',
        'Crops',
        [
          text('name', 'Crop', { required: true }),
          text('variety', 'Variety'),
          ref('bed', 'Bed', 'bed'),
          date('sown', 'Sown', { required: true }),
          num('daysToHarvest', 'Days to harvest', { min: 1, max: 400 }),
          choice('stage', 'Stage', ['Planned', 'Sown', 'Growing', 'Harvesting', 'Finished'], {
            default: 'Planned',
          }),
          computed(
            'harvested',
            'Harvested',
            'number',
            rollup('harvest', 'sum', { field: 'weight', via: 'crop' }),
            { unit: 'kg' },
          ),
        ],
        {
          samples: [
            {
              name: 'Tomato',
              variety: 'Gardener’s Delight',
              bed: 'Greenhouse',
              sown: '2026-03-10',
              daysToHarvest: 120,
              stage: 'Finished',
            },
            {
              name: 'Garlic',
              variety: 'Early Purple Wight',
              bed: 'Raised bed 1',
              sown: '2026-10-28',
              daysToHarvest: 240,
              stage: 'Growing',
            },
          ],
        },
      ),
      collection(
        'harvest',
        'Harvest',
        'Harvests',
        [
          ref('crop', 'Crop', 'crop', { required: true }),
          date('date', 'Date', { required: true, default: 'today' }),
          num('weight', 'Weight', { required: true, min: 0, unit: 'kg' }),
          text('note', 'Note'),
        ],
        {
          titleField: 'crop',
          samples: [
            { crop: 'Tomato', date: '2026-08-14', weight: 2.2 },
            { crop: 'Tomato', date: '2026-08-29', weight: 3.1, note: 'Best week' },
          ],
        },
      ),
    ],
    aliases: {
      bed: ['bed', 'plot', 'patch', 'border', 'greenhouse'],
      crop: ['crop', 'plant', 'vegetable', 'seed', 'planting'],
      harvest: ['harvest', 'pick', 'yield'],
    },
    core: ['bed', 'crop', 'harvest'],
    pages: [
      page('crops', 'Crops', board('crop', 'stage', { filters: ['bed'] })),
      page('calendar', 'Calendar', calendar('crop', 'sown', { filters: ['bed'] })),
      page(
        'harvests',
        'Harvests',
        stats(
          total('Harvested this year', 'harvest', 'weight', {
            period: { field: 'date', within: 'year' },
            unit: 'kg',
          }),
        ),
        chart('Harvest by crop', 'harvest', 'bar', 'sum', 'crop', 'weight'),
        table('harvest', { filters: ['crop'], sort: desc('date'), totals: ['weight'] }),
      ),
      page('beds', 'Beds', cards('bed')),
    ],
  },
  {
    id: 'beekeeping',
    name: 'Beekeeping',
    kind: 'data',
    synonyms: [
      'beekeeping',
      'beehives',
      'hive inspections',
      'apiary',
      'bee colonies',
      'honey harvest',
      'apiarist',
      'queen bee records',
      'varroa treatment',
      'honey bees',
    ],
    description:
      'Keep hives and their colonies, record each inspection (queen seen, brood, temper, varroa) and the honey taken.',
    collections: [
      collection(
        'hive',
        'Hive',
        'Hives',
        [
          text('name', 'Hive', { required: true }),
          text('apiary', 'Apiary'),
          choice('type', 'Type', ['National', 'Langstroth', 'Warré', 'Top bar']),
          num('queenYear', 'Queen born', { min: 2000, max: 2100 }),
          choice('strength', 'Strength', ['Weak', 'Average', 'Strong']),
          computed(
            'honeyThisYear',
            'Honey this year',
            'number',
            rollup('inspection', 'sum', {
              field: 'honeyTaken',
              via: 'hive',
              period: { field: 'date', within: 'year' },
            }),
            { unit: 'kg' },
          ),
          computed(
            'lastInspected',
            'Last inspected',
            'date',
            rollup('inspection', 'max', { field: 'date', via: 'hive' }),
          ),
        ],
        {
          samples: [
            { name: 'Hive A', apiary: 'Orchard', type: 'National', queenYear: 2025, strength: 'Strong' },
            { name: 'Hive B', apiary: 'Orchard', type: 'National', queenYear: 2024, strength: 'Average' },
          ],
        },
      ),
      collection(
        'inspection',
        'Inspection',
        'Inspections',
        [
          ref('hive', 'Hive', 'hive', { required: true }),
          date('date', 'Date', { required: true, default: 'today' }),
          bool('queenSeen', 'Queen or eggs seen', { default: false }),
          num('broodFrames', 'Brood frames', { min: 0, max: 30 }),
          choice('temper', 'Temper', ['Calm', 'Nervous', 'Aggressive']),
          num('varroaCount', 'Varroa drop', { min: 0, unit: 'mites/day' }),
          num('honeyTaken', 'Honey taken', { min: 0, unit: 'kg', default: 0 }),
          longtext('notes', 'Notes'),
        ],
        {
          titleField: 'date',
          samples: [
            {
              hive: 'Hive A',
              date: '2026-07-12',
              queenSeen: true,
              broodFrames: 8,
              temper: 'Calm',
              varroaCount: 2,
              honeyTaken: 11,
            },
            {
              hive: 'Hive B',
              date: '2026-07-12',
              queenSeen: false,
              broodFrames: 5,
              temper: 'Nervous',
              varroaCount: 6,
              honeyTaken: 0,
              notes: 'Check for queen cells',
            },
          ],
        },
      ),
    ],
    aliases: {
      hive: ['hive', 'colony', 'beehive'],
      inspection: ['inspection', 'check', 'visit'],
    },
    core: ['hive', 'inspection'],
    pages: [
      page(
        'apiary',
        'Apiary',
        stats(
          count('Hives', 'hive'),
          total('Honey this year', 'inspection', 'honeyTaken', {
            period: { field: 'date', within: 'year' },
            unit: 'kg',
          }),
          average('Average varroa drop', 'inspection', 'varroaCount'),
        ),
        cards('hive', { filters: ['strength'] }),
      ),
      page(
        'inspections',
        'Inspections',
        table('inspection', {
          filters: ['hive', 'queenSeen', 'temper'],
          sort: desc('date'),
          totals: ['honeyTaken'],
        }),
        chart('Varroa drop over time', 'inspection', 'line', 'average', 'date', 'varroaCount'),
      ),
    ],
  },
  {
    id: 'smallholding',
    name: 'Smallholding and livestock',
    kind: 'data',
    synonyms: [
      'smallholding',
      'hobby farm',
      'livestock records',
      'backyard chickens',
      'egg log',
      'goats and sheep',
      'farm animals',
      'herd records',
      'homestead',
      'flock records',
    ],
    description:
      'Keep the animals of a small farm or backyard flock, their health treatments, and a daily log of eggs or milk.',
    collections: [
      collection(
        'animal',
        'Animal',
        'Animals',
        [
          text('name', 'Name or tag', { required: true }),
          choice('species', 'Species', ['Chicken', 'Duck', 'Goat', 'Sheep', 'Pig', 'Cow']),
          text('breed', 'Breed'),
          date('born', 'Born'),
          choice('status', 'Status', ['Active', 'Sold', 'Died'], { default: 'Active' }),
          computed('age', 'Age', 'number', yearsSince('born'), { unit: 'years' }),
        ],
        {
          samples: [
            {
              name: 'Henrietta',
              species: 'Chicken',
              breed: 'Buff Orpington',
              born: '2024-04-01',
              status: 'Active',
            },
            { name: 'Clover', species: 'Goat', breed: 'Nubian', born: '2022-03-15', status: 'Active' },
          ],
        },
      ),
      collection(
        'treatment',
        'Treatment',
        'Treatments',
        [
          ref('animal', 'Animal', 'animal', { required: true }),
          date('date', 'Date', { required: true, default: 'today' }),
          text('what', 'Treatment', { required: true }),
          date('nextDue', 'Next due'),
          money('cost', 'Cost', { min: 0 }),
        ],
        {
          titleField: 'what',
          samples: [
            { animal: 'Clover', date: '2026-10-05', what: 'Hoof trim', nextDue: '2027-01-05', cost: 0 },
            { animal: 'Henrietta', date: '2026-09-12', what: 'Worming', nextDue: '2027-03-12', cost: 4 },
          ],
        },
      ),
      collection(
        'produce',
        'Produce',
        'Produce log',
        [
          date('date', 'Date', { required: true, default: 'today' }),
          choice('kind', 'Kind', ['Eggs', 'Milk', 'Wool', 'Honey']),
          num('quantity', 'Quantity', { required: true, min: 0 }),
          text('note', 'Note'),
        ],
        {
          titleField: 'date',
          samples: [
            { date: '2026-11-30', kind: 'Eggs', quantity: 5 },
            { date: '2026-11-30', kind: 'Milk', quantity: 2.5, note: 'Litres' },
          ],
        },
      ),
    ],
    aliases: {
      animal: ['animal', 'hen', 'chicken', 'goat', 'sheep', 'livestock'],
      treatment: ['treatment', 'vaccination', 'worming', 'vet visit'],
      produce: ['produce', 'egg', 'milk', 'yield', 'collection'],
    },
    core: ['animal', 'treatment', 'produce'],
    pages: [
      page(
        'overview',
        'Overview',
        stats(
          count('Animals', 'animal', { where: eq($('status'), val('Active')) }),
          total('Eggs this week', 'produce', 'quantity', {
            where: eq($('kind'), val('Eggs')),
            period: { field: 'date', within: 'week' },
          }),
          count('Treatments due this month', 'treatment', { period: { field: 'nextDue', within: 'month' } }),
        ),
        chart('Produce by month', 'produce', 'bar', 'sum', 'date', 'quantity'),
      ),
      page('animals', 'Animals', cards('animal', { filters: ['species', 'status'] })),
      page(
        'treatments',
        'Treatments',
        table('treatment', { filters: ['animal'], sort: desc('date'), totals: ['cost'] }),
      ),
      page(
        'produce',
        'Produce log',
        table('produce', { filters: ['kind'], sort: desc('date'), totals: ['quantity'] }),
      ),
    ],
  },
];
