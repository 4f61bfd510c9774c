"""CDS Hooks 2.0 service: discovery, order-select, order-sign, patient-view, feedback."""
