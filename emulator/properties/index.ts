export {
  createPropertiesService,
  PROPERTY_VALUE_MAX_BYTES,
  PROPERTY_STORE_MAX_BYTES,
  VALUE_TOO_LARGE,
  STORAGE_QUOTA_EXCEEDED,
} from './properties';
export {
  PROPERTIES_STORE,
  propertyStoreKey,
  readPropertyStore,
  seedProperties,
  type PropertiesStore,
  type PropertyScope,
} from './store';
