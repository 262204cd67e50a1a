//! Renderers for compiled plans.
