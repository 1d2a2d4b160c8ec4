-- The maturity model every new organization starts from; the portfolio office adapts it (as new versions).
INSERT INTO maturity_models (version, dimensions, created_by) VALUES (1, '[
  {"key": "mandate_strategy", "name": "Mandate & strategy", "description": "How clearly the team owns a product, platform or customer segment and steers it toward business goals.",
   "levels": ["No clear mandate; work arrives as projects and requests.", "A mandate exists on paper; priorities still come from outside the team.", "The team owns its mandate and sets priorities with its stakeholders.", "The team steers by outcomes and revenue or cost targets it owns.", "The mandate, funding and goals are one loop the team runs itself."]},
  {"key": "structure_roles", "name": "Structure & roles", "description": "Dual leadership, stable membership and clear roles across business and IT.",
   "levels": ["Business and IT sit in separate line organisations.", "A joint team exists, but people report and are allocated elsewhere.", "Business lead and IT lead lead together; most members are allocated long-term.", "Roles and decision rights are clear and lived; few hand-offs remain.", "The team adapts its own structure as its mandate evolves."]},
  {"key": "culture_mindset", "name": "Culture & mindset", "description": "From client and supplier to partners who decide together.",
   "levels": ["IT delivers, the business demands.", "Goodwill exists, but decisions are still escalated.", "Business and IT decide together in the team.", "Shared accountability for outcomes, including failures.", "Partnership is taken for granted and spreads to neighbouring teams."]},
  {"key": "ways_of_working", "name": "Ways of working", "description": "Iterative delivery, customer feedback and continuous improvement.",
   "levels": ["Plan-driven projects with long release cycles.", "Agile rituals in parts of the team.", "Short cycles from idea to customer with regular feedback.", "Experiments and metrics drive what gets built.", "Continuous delivery and improvement are routine."]},
  {"key": "technology_platforms", "name": "Technology & platforms", "description": "Use of standard core services and self-service platforms instead of bespoke stacks.",
   "levels": ["Bespoke systems; every change needs central IT.", "Some core services are used; much is still custom.", "The team builds on standard core services through documented interfaces.", "Self-service platforms cover most needs; the team runs its services itself.", "The team contributes back to the platforms."]},
  {"key": "data_ai", "name": "Data & AI", "description": "Access to data platforms and AI (Copilot and others) in everyday work and in the product.",
   "levels": ["Data is hard to reach; decisions rest on opinion.", "Reports exist, produced centrally on request.", "The team uses the data platform and AI tools itself.", "Data and AI are part of the product and of daily decisions.", "The team creates data products others build on."]}
]'::jsonb, 'Tandem default');
--> statement-breakpoint
CREATE TRIGGER maturity_models_append_only BEFORE UPDATE OR DELETE ON maturity_models
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
